// Imported first by main.tsx: react-dom looks for the hook once, when it loads.
import { recorder } from './recorder';
import { installRenderCounter } from './renderCounter';

// Only in the profiling build: react-dom calls the hook after every commit in production builds
// too, and the counter walks the whole fiber tree each time (thousands of fibers with 500
// cards), which would be timed as the board's own work.
if (import.meta.env.MODE === 'profiling') installRenderCounter(recorder.commit);
