import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Table } from '../../components/Table';
import { useLanguage } from '../../i18n/format';
import { axisTickFormatter, barsOnTheirSide } from './chart-format';

// Only what the reports draw, so the reports chunk carries no unused chart types.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption
>;

export interface ChartRow {
  label: string;
  values: number[];
}

export interface ChartTableProps {
  title: string;
  /** Table headers: the label column, then one per value. */
  columns: string[];
  rows: ChartRow[];
  /** Which value is drawn (index into `values`). */
  chartValue?: number;
  /** Bars for categories (horizontal when there are many), a line for months. */
  kind?: 'bar' | 'line';
  format: (value: number) => string;
  note?: string;
  /** Spans the whole row of the report grid (long labels, many rows). */
  wide?: boolean;
}

/**
 * A chart read at a glance and, below it, the same data as a table: the table is what screen readers
 * and keyboard users get (the drawing is hidden from them), and what anyone can copy.
 */
export function ChartTable({
  title,
  columns,
  rows,
  chartValue = 0,
  kind = 'bar',
  format,
  note,
  wide = false,
}: ChartTableProps) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const horizontal = kind === 'bar' && barsOnTheirSide(rows.map((r) => r.label));

  useEffect(() => {
    const el = ref.current;
    if (!el || rows.length === 0) return;
    const chart = echarts.init(el, null, { renderer: 'svg' });
    const tick = axisTickFormatter(language);
    const labels = rows.map((r) => r.label);
    const values = rows.map((r) => r.values[chartValue] ?? 0);
    const category = {
      type: 'category' as const,
      data: horizontal ? [...labels].reverse() : labels,
      // Sideways labels wrap within at most two fifths of the chart (the bars keep the rest) rather
      // than being cut to look alike; under vertical bars each label has its bar's width.
      axisLabel: {
        width: horizontal ? Math.min(200, Math.round(el.clientWidth * 0.4)) : 90,
        overflow: 'break' as const,
        interval: 0,
        lineHeight: 14,
      },
    };
    const value = {
      type: 'value' as const,
      axisLabel: { formatter: (v: number) => tick(v), hideOverlap: true },
    };
    const option: Option = {
      animation: false,
      // The plot takes whatever the axis labels leave, measured from the labels themselves.
      grid: {
        left: 8,
        right: 24,
        top: 16,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: { trigger: 'axis', valueFormatter: (v) => format(Number(v)) },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [
        kind === 'line'
          ? { type: 'line', data: values, color: '#2f6f9f', symbolSize: 6 }
          : {
              type: 'bar',
              data: horizontal ? [...values].reverse() : values,
              color: '#2f6f9f',
              // One or two bars stay bars, not blocks filling the chart.
              barMaxWidth: 40,
            },
      ],
    };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [rows, chartValue, kind, horizontal, format, language]);

  return (
    <Card title={title} headingLevel={2} className={wide ? 'report-chart report-grid__wide' : 'report-chart'}>
      {note && <p className="muted">{note}</p>}
      {rows.length === 0 ? (
        <EmptyState message={t('chart.empty')} />
      ) : (
        <>
          <div
            ref={ref}
            className="report-chart__canvas"
            aria-hidden="true"
            style={{ height: horizontal ? Math.max(200, rows.length * 34 + 56) : 260 }}
          />
          <Table caption={t('chart.tableCaption', { title })}>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {r.values.map((v, i) => (
                    <td key={columns[i + 1] ?? i} className="num">
                      {format(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
