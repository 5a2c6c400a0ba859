import { getCatalogue, getPreset } from './shared/catalogue';
import { prepareScenario } from './shared/engine/prepare-scenario';
import { runMonteCarlo } from './shared/engine/monte-carlo';
import { runPrepared } from './shared/engine/run-prepared';
const p = prepareScenario(getPreset('baseline')!, getCatalogue('default-2025')!); if (!p.ok) throw 0;
const q = prepareScenario(getPreset('push-under-escalation')!, getCatalogue('default-2025')!); if (!q.ok) throw 0;
for (let i=0;i<3;i++) runMonteCarlo(p.value, {seed: 1, draws: 500});
const cpu = (f: () => void, n: number) => { const a = process.cpuUsage(); for (let i=0;i<n;i++) f(); const b = process.cpuUsage(a); return (b.user+b.system)/1000/n; };
console.log('det cpu ms', cpu(() => runPrepared(p.value, {recordOpenIds:false}), 3000).toFixed(3), 'det(push) cpu ms', cpu(() => runPrepared(q.value, {recordOpenIds:false}), 3000).toFixed(3), 'mc cpu ms', cpu(() => runMonteCarlo(p.value, {seed: 1, draws: 500}), 5).toFixed(1));
