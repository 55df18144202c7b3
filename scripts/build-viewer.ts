// `npm run build:viewer`: bundle the page into dist/viewer (the server also does this when it is missing).
import { buildViewer, VIEWER_OUT_DIR } from '../src/viewer/build.js';

await buildViewer();
process.stdout.write(`viewer built in ${VIEWER_OUT_DIR}\n`);
