import { pageWeight } from './bench/measure.ts';
for (const p of process.argv.slice(2)) console.log(p, JSON.stringify(pageWeight('dist', p)));
