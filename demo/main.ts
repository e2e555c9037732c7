// The demo pages run the TypeScript sources directly through Vite's dev server (`npm start`).
import '../src/index.js';
