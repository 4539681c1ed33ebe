/**
 * The browser never works out bank holidays: the API does, from the maintained `date-holidays`
 * data (libs/domain/src/rota/bank-holidays.ts), and sends the results. Aliasing the package to
 * this stub keeps its ~1 MB of world calendars and astronomy out of the dashboard bundle.
 */
export default class Holidays {
  constructor() {
    throw new Error('Bank holidays are computed by the API, not in the browser');
  }
}
