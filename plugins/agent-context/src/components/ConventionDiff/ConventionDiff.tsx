import { styled } from '@mui/material/styles';
import { lineDiff } from '../../conventions';

// Every line is a block of its own; ins and del lose their underline and
// strike-through, which the leading "+" and "-" already say.
const DiffBlock = styled('pre')(({ theme }) => ({
  margin: 0,
  padding: theme.spacing(1),
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  maxHeight: theme.spacing(40),
  overflow: 'auto',
  fontFamily: 'monospace',
  fontSize: theme.typography.body2.fontSize,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  '& > *': {
    display: 'block',
    textDecoration: 'none',
  },
  '& > ins': {
    backgroundColor: 'rgba(46, 160, 67, 0.15)',
  },
  '& > del': {
    backgroundColor: 'rgba(248, 81, 73, 0.15)',
  },
}));

/**
 * Props of {@link ConventionDiff}.
 */
export interface ConventionDiffProps {
  before: string;
  after: string;
  /** Names the diff for assistive technology, e.g. "Their version against yours". */
  label: string;
}

/**
 * A line diff of two texts: removed lines as `del` with a leading "-",
 * added lines as `ins` with a leading "+", so the change reads without
 * colour too.
 */
export function ConventionDiff(props: ConventionDiffProps) {
  const { before, after, label } = props;
  const lines = lineDiff(before, after);
  return (
    <DiffBlock aria-label={label} role="region">
      {lines.map((line, index) => {
        const key = `${index}-${line.kind}`;
        if (line.kind === 'added') {
          return <ins key={key}>+ {line.text}</ins>;
        }
        if (line.kind === 'removed') {
          return <del key={key}>- {line.text}</del>;
        }
        return (
          <span key={key}>
            {'  '}
            {line.text}
          </span>
        );
      })}
    </DiffBlock>
  );
}
