// What a port hands the screens: whatever a gateway call throws reaches them as a PortError (code,
// sentence, field), the one shape the UI's error states read.
import { toPortError } from '../ui/common/error-state';

/** `f`, with every rejection turned into a PortError. */
export const withPortErrors =
  <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await f(...args);
    } catch (error) {
      throw toPortError(error);
    }
  };
