// zod for every schema in the app, configured once. The desktop page's CSP (script-src 'self')
// forbids eval, and zod probes for it with `new Function('')` the first time it parses an
// object, which the page reports as a CSP violation; jitless parsing skips the probe and parses
// exactly the same. Every module imports z from here (lint enforces it), so no schema can run
// before this setting, whichever screen loads zod first.
import { config, z } from 'zod';

config({ jitless: true });

export { z };
