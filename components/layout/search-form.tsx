import { strings } from '@/lib/strings';
import { searchPath } from '@/lib/urls';

interface SearchFormProps {
  /** Unique per page: the header and the phone menu each carry a form. */
  inputId: string;
  defaultQuery?: string;
  className?: string;
}

/** A plain GET form to /cari, so search works with JavaScript off. */
export function SearchForm({ inputId, defaultQuery, className }: SearchFormProps) {
  return (
    <search className={className}>
      <form className="search-form__form" action={searchPath()} method="get">
        <label htmlFor={inputId} className="visually-hidden">
          {strings.searchLabel}
        </label>
        <input
          id={inputId}
          className="search-form__input"
          type="search"
          name="q"
          defaultValue={defaultQuery}
          placeholder={strings.searchPlaceholder}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={200}
        />
        <button className="search-form__button" type="submit">
          {strings.searchButton}
        </button>
      </form>
    </search>
  );
}
