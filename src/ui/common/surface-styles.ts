// A card-like surface for panels that are not Fluent Cards (an <article>, a status panel). Like Fluent's
// Card: a shadow in the light and dark themes, and a border that is transparent there but drawn in
// high contrast, where backgrounds and shadows are gone and only strokes show an edge.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSurfaceStyles = makeStyles({
  surface: {
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
});
