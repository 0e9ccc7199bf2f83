import { render, screen } from '@testing-library/react';
import { WithheldNotice } from './WithheldNotice';

describe('WithheldNotice', () => {
  it('names the minimum group size behind the withholding', () => {
    render(<WithheldNotice minimumGroupSize={7} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Fewer than 7 people used AI here; figures withheld for privacy',
    );
  });
});
