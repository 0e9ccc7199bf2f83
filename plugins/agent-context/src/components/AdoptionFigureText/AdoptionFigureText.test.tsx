import { render, screen } from '@testing-library/react';
import { AdoptionFigureText } from './AdoptionFigureText';

describe('AdoptionFigureText', () => {
  it('says a withheld figure is withheld, with the reason, and shows no number', () => {
    const { container } = render(
      <AdoptionFigureText
        figure={{ withheld: true, reason: 'Fewer than 5 people.' }}
      />,
    );
    expect(
      screen.getByLabelText('Withheld: Fewer than 5 people.'),
    ).toHaveTextContent('withheld');
    expect(container).not.toHaveTextContent(/\d/);
  });

  it('formats a number as asked, zero included', () => {
    const { container, rerender } = render(
      <AdoptionFigureText figure={1234.4} format="cost" />,
    );
    expect(container).toHaveTextContent('$1,234');
    rerender(<AdoptionFigureText figure={0} />);
    expect(container).toHaveTextContent('0');
  });
});
