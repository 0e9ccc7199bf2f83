import { Link, useSidebarOpenState } from '@backstage/core-components';
import { styled } from '@mui/material/styles';

const LogoRoot = styled('div')(({ theme }) => ({
  height: theme.spacing(12),
  display: 'flex',
  alignItems: 'center',
  paddingLeft: theme.spacing(3),
  marginBottom: theme.spacing(2),
  // The link is core-components' own, whose styles load after these: the
  // descendant selector outweighs its single class.
  '& a': {
    color: theme.palette.common.white,
    fontWeight: theme.typography.fontWeightBold,
    fontSize: theme.typography.h6.fontSize,
    whiteSpace: 'nowrap',
    textDecoration: 'none',
  },
}));

/** A text wordmark: "Agent Context" when open, "AC" when collapsed. */
export function SidebarLogo() {
  const { isOpen } = useSidebarOpenState();
  return (
    <LogoRoot>
      <Link to="/" underline="none" aria-label="Home">
        {isOpen ? 'Agent Context' : 'AC'}
      </Link>
    </LogoRoot>
  );
}
