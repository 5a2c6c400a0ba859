import { getCatalogue, getPreset } from './shared/catalogue';
import { prepareScenario } from './shared/engine/prepare-scenario';
import { runPrepared } from './shared/engine/run-prepared';
const p = prepareScenario(getPreset('baseline')!, getCatalogue('default-2025')!); if (!p.ok) throw 0;
for (let i=0;i<2000;i++) runPrepared(p.value, {recordOpenIds:false});
const t=performance.now(); for (let i=0;i<10000;i++) runPrepared(p.value, {recordOpenIds:false}); console.log('det ms', (performance.now()-t)/10000);
