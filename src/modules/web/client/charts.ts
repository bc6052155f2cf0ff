import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h, table } from './dom';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

/** Okabe–Ito: told apart by readers with any common form of colour blindness. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

const charts = new Set<echarts.ECharts>();
window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));

/** Frees the charts of the view being replaced. */
export function disposeCharts(): void {
  charts.forEach((chart) => chart.dispose());
  charts.clear();
}

/** A chart, described for screen readers, with its numbers in a "show data" table below it. */
export function chartBlock(
  label: string,
  option: echarts.EChartsCoreOption,
  headers: string[],
  rows: (string | number | Node)[][],
  ready?: (chart: echarts.ECharts) => void,
  className = 'chart',
): HTMLElement {
  const canvas = h('div', { class: className, role: 'img', 'aria-label': label });
  const block = h(
    'div',
    {},
    canvas,
    h('details', {}, h('summary', {}, 'Show data'), table(headers, rows, label)),
  );
  requestAnimationFrame(() => {
    const chart = echarts.init(canvas, undefined, { renderer: 'svg' });
    chart.setOption({ color: PALETTE, aria: { enabled: true }, animation: false, ...option });
    charts.add(chart);
    ready?.(chart);
  });
  return block;
}

/** Horizontal bars, largest on top. */
export function barChart(
  label: string,
  items: { name: string; value: number }[],
  valueName: string,
): HTMLElement {
  const reversed = [...items].reverse();
  return chartBlock(
    label,
    {
      grid: { left: 140, right: 24, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: reversed.map((item) => item.name) },
      series: [{ type: 'bar', name: valueName, data: reversed.map((item) => item.value) }],
    },
    ['Name', valueName],
    items.map((item) => [item.name, item.value]),
  );
}

/** Vertical bars over many categories (years), labels thinned by the axis itself. */
export function columnChart(
  label: string,
  categories: string[],
  values: number[],
  valueName: string,
): HTMLElement {
  return chartBlock(
    label,
    {
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: valueName, data: values, barCategoryGap: '10%' }],
    },
    ['Year', valueName],
    categories.map((category, index) => [category, values[index]]),
  );
}

/** Two bars per category: this party's share and the all-party average. */
export function compareChart(
  label: string,
  items: { name: string; share: number; average: number }[],
  partyName: string,
): HTMLElement {
  const asPercent = (value: number) => Math.round(value * 1000) / 10;
  return chartBlock(
    label,
    {
      grid: { left: 48, right: 16, top: 32, bottom: 64 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: items.map((item) => item.name),
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
      series: [
        { type: 'bar', name: partyName, data: items.map((item) => asPercent(item.share)) },
        {
          type: 'bar',
          name: 'All-party average',
          data: items.map((item) => asPercent(item.average)),
        },
      ],
    },
    ['Sector', `${partyName} %`, 'All-party average %'],
    items.map((item) => [item.name, asPercent(item.share), asPercent(item.average)]),
  );
}

/** Stacked bars over periods, one series per group (sector or meeting kind). */
export function stackedChart(
  label: string,
  periods: string[],
  series: { name: string; values: number[] }[],
): HTMLElement {
  return chartBlock(
    label,
    {
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((item) => ({
        type: 'bar',
        stack: 'total',
        name: item.name,
        data: item.values,
      })),
    },
    ['Period', ...series.map((item) => item.name)],
    periods.map((period, index) => [period, ...series.map((item) => item.values[index])]),
  );
}
