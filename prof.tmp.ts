import { getCatalogue, getPreset } from './shared/catalogue';
import { prepareScenario } from './shared/engine/prepare-scenario';
import { runMonteCarlo } from './shared/engine/monte-carlo';
const p = prepareScenario(getPreset('baseline')!, getCatalogue('default-2025')!); if (!p.ok) throw 0;
for (let i=0;i<3;i++) runMonteCarlo(p.value, {seed: 1, draws: 500});
for (let k=0;k<3;k++){const t=performance.now(); runMonteCarlo(p.value, {seed: 1, draws: 500}); console.log('mc ms', (performance.now()-t));}
