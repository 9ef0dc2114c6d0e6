// Worker entry: registers tsx (the sources are TypeScript) and starts the analysis worker.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
