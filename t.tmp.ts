import * as echarts from 'echarts';
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 320 });
chart.setOption({ xAxis: [{type:'category', data:['2025','2026','2027','2028'], boundaryGap:false},{type:'value',min:2025,max:2028,show:false}], yAxis:{type:'value'}, series:[{type:'line',data:[1,2,3,4]},{type:'line', xAxisIndex:1, yAxisIndex:0, data:[], markLine:{symbol:['none','none'], label:{show:true, position:'insideEndTop', formatter: (p: any)=> p.name}, data:[{xAxis:2026.4, name:'Hello'}]}}]});
const svg = chart.renderToSVGString();
console.log(svg.split('\n').filter(l=>l.includes('Hello')||l.includes('dasharray')).join('\n'));
