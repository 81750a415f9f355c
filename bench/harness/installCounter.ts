// Imported first by main.tsx: react-dom looks for the hook once, when it loads.
import { recorder } from './recorder';
import { installRenderCounter } from './renderCounter';

installRenderCounter(recorder.commit);
