// The desktop page's CSP (script-src 'self') forbids eval. When zod builds its first object
// schema it probes for eval with `new Function('')`, which the page reports as a CSP violation;
// jitless schemas skip the probe and parse exactly the same. Imported first by the screen that
// brings zod into the page, so it runs before any schema is built.
import { config } from 'zod';

config({ jitless: true });
