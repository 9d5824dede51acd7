import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFigureStyles } from './ChartFigure.styles';

export interface ChartTableData {
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

/**
 * A chart with its title, what it shows, and the same figures as a table (folded on screen, open
 * in print), so nothing is told by colour or shape alone.
 */
export function ChartFigure({
  title,
  description,
  table,
  note,
  children,
  tableOpen = false,
}: {
  title: string;
  description?: string;
  table: ChartTableData;
  note?: ReactNode;
  children: ReactNode;
  tableOpen?: boolean;
}) {
  const { t } = useTranslation();
  const styles = useChartFigureStyles();
  const captionId = useId();
  const rows = (
    <table className={styles.table} aria-label={title}>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={table.columns[index]} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={table.columns[index]}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {title}
      </figcaption>
      {description && <p className={styles.description}>{description}</p>}
      <div className={styles.chart}>{children}</div>
      {note && <p className={styles.note}>{note}</p>}
      {tableOpen ? (
        rows
      ) : (
        <Accordion collapsible>
          <AccordionItem value="table">
            <AccordionHeader size="small" expandIconPosition="start">
              {t('dashboard.charts.asTable')}
            </AccordionHeader>
            <AccordionPanel>{rows}</AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </figure>
  );
}
