// "Signed in as": the three personas first (the default stays the mentee), and beside them a
// searchable picker over everyone in the demo organisation.
import { Combobox, Field, Option, Select, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { PersonaGraph } from './persona-graph';
import { searchPeople } from './people';
import { ROLE_LABELS, isPersonaRole, type DemoDirectory, type Persona } from './personas';

const useStyles = makeStyles({
  search: { minWidth: '260px' },
});

const SOMEONE_ELSE = 'person';

export function PersonPicker({ directory, persona, onPick }: { directory: DemoDirectory; persona: Persona; onPick: (persona: Persona) => void }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Persona[]>([]);
  const [problem, setProblem] = useState<string>();
  // The directory is read as the first persona: any signed-in person may read it (User.ReadBasic.All).
  const graph = useMemo(() => new PersonaGraph(window.location.origin, directory.personas[0]!), [directory]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      searchPeople(graph, text).then(
        (people) => {
          if (!live) return;
          setFound(people);
          setProblem(undefined);
        },
        (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [graph, text]);

  return (
    <>
      <Field label="Signed in as">
        <Select
          id="persona-select"
          value={isPersonaRole(persona.role) ? persona.role : SOMEONE_ELSE}
          onChange={(_, data) => {
            const picked = directory.personas.find((p) => p.role === data.value);
            if (picked) onPick(picked);
          }}
        >
          {directory.personas.map((p) => (
            <option key={p.role} value={p.role}>
              {isPersonaRole(p.role) ? ROLE_LABELS[p.role] : p.role}: {p.displayName}
            </option>
          ))}
          {isPersonaRole(persona.role) ? null : <option value={SOMEONE_ELSE}>Someone else: {persona.displayName}</option>}
        </Select>
      </Field>
      <Field label="Or anyone in the organisation" validationMessage={problem}>
        <Combobox
          id="person-search"
          className={styles.search}
          freeform
          placeholder="Search by name"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onOptionSelect={(_, data) => {
            const picked = found.find((p) => p.id === data.optionValue);
            if (!picked) return;
            setText('');
            onPick(directory.personas.find((p) => p.id === picked.id) ?? picked);
          }}
        >
          {found.map((p) => (
            <Option key={p.id} value={p.id} text={p.displayName} data-upn={p.userPrincipalName}>
              {p.department ? `${p.displayName} · ${p.department}` : p.displayName}
            </Option>
          ))}
        </Combobox>
      </Field>
    </>
  );
}
