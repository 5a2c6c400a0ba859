import { DEFAULT_CATALOGUE_2025 as cat } from './shared/catalogue/default-2025/index';
import { prepareScenario, runPrepared } from './shared/engine/index';
const p = prepareScenario({ sectors: {}, baseYear: 2025, horizon: 15 }, cat); if (!p.ok) throw 0;
for (let i=0;i<500;i++) runPrepared(p.value, {recordOpenIds:false});
for (let k=0;k<3;k++){const t=performance.now(); for (let i=0;i<2000;i++) runPrepared(p.value, {recordOpenIds:false}); console.log('det ms', (performance.now()-t)/2000);}
