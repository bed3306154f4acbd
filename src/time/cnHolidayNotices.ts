/** One year's official arrangement: the festivals as the notices state them, and the sources. */
export interface HolidayNotice {
  /** The year the notice arranges; its New Year holiday may start in December before it. */
  readonly year: number
  /** The State Council notices behind the year, with document number where known and date. */
  readonly sources: readonly string[]
  /** Each festival's days off and make-up working days, in the notice's order. */
  readonly festivals: readonly {
    /** The festival as the notice names it. */
    readonly name: string
    /** Days off the notice names: single dates, or `from/to` intervals with both ends off. */
    readonly off: readonly string[]
    /** Weekend days the notice makes working days (调休上班). */
    readonly work: readonly string[]
  }[]
}

// Transcribed from the State Council General Office's annual notices (国务院办公厅关于XXXX年部分
// 节假日安排的通知) and the notices that changed them. Only the days a notice names are listed:
// "5月1日放假，与周末连休" lists 05-01 alone, since the weekend is off anyway.
// Checked, for every year, against the notice text as republished (gov.cn, Xinhua and local
// government reposts) and against the data set NateScarlet/holiday-cn, built from gov.cn.
// Two years lack the data set: 2016 was checked against the gov.cn page itself and several
// reposts; 2026 only against two separate reposts of the Xinhua text of 2025-11-04, whose
// stated weekdays the tests confirm. Recheck 2026 against gov.cn when it can be reached.
// Document numbers are given where a source showed them.

/** The State Council's public holiday arrangements for mainland China, 2015 to 2026. */
export const cnHolidayNotices: readonly HolidayNotice[] = [
  {
    year: 2015,
    sources: [
      '国办发明电〔2014〕28号, 2014-12-16',
      // A one-off national holiday for the 70th anniversary, with its own make-up day.
      '国发明电〔2015〕1号, 2015-05-13: 9月3日至5日调休放假, 9月6日上班',
    ],
    festivals: [
      { name: '元旦', off: ['2015-01-01/2015-01-03'], work: ['2015-01-04'] },
      { name: '春节', off: ['2015-02-18/2015-02-24'], work: ['2015-02-15', '2015-02-28'] },
      { name: '清明节', off: ['2015-04-05', '2015-04-06'], work: [] },
      { name: '劳动节', off: ['2015-05-01'], work: [] },
      { name: '端午节', off: ['2015-06-20', '2015-06-22'], work: [] },
      { name: '抗战胜利70周年纪念日', off: ['2015-09-03/2015-09-05'], work: ['2015-09-06'] },
      { name: '中秋节', off: ['2015-09-27'], work: [] },
      { name: '国庆节', off: ['2015-10-01/2015-10-07'], work: ['2015-10-10'] },
    ],
  },
  {
    year: 2016,
    sources: ['国办发明电〔2015〕18号, 2015-12-10'],
    festivals: [
      { name: '元旦', off: ['2016-01-01'], work: [] },
      { name: '春节', off: ['2016-02-07/2016-02-13'], work: ['2016-02-06', '2016-02-14'] },
      { name: '清明节', off: ['2016-04-04'], work: [] },
      { name: '劳动节', off: ['2016-05-01', '2016-05-02'], work: [] },
      { name: '端午节', off: ['2016-06-09/2016-06-11'], work: ['2016-06-12'] },
      { name: '中秋节', off: ['2016-09-15/2016-09-17'], work: ['2016-09-18'] },
      { name: '国庆节', off: ['2016-10-01/2016-10-07'], work: ['2016-10-08', '2016-10-09'] },
    ],
  },
  {
    year: 2017,
    sources: ['国办发明电〔2016〕17号, 2016-12-01'],
    festivals: [
      { name: '元旦', off: ['2017-01-01', '2017-01-02'], work: [] },
      { name: '春节', off: ['2017-01-27/2017-02-02'], work: ['2017-01-22', '2017-02-04'] },
      { name: '清明节', off: ['2017-04-02/2017-04-04'], work: ['2017-04-01'] },
      { name: '劳动节', off: ['2017-05-01'], work: [] },
      { name: '端午节', off: ['2017-05-28/2017-05-30'], work: ['2017-05-27'] },
      { name: '中秋节、国庆节', off: ['2017-10-01/2017-10-08'], work: ['2017-09-30'] },
    ],
  },
  {
    year: 2018,
    sources: ['国办发明电〔2017〕12号, 2017-11-30'],
    festivals: [
      { name: '元旦', off: ['2018-01-01'], work: [] },
      { name: '春节', off: ['2018-02-15/2018-02-21'], work: ['2018-02-11', '2018-02-24'] },
      { name: '清明节', off: ['2018-04-05/2018-04-07'], work: ['2018-04-08'] },
      { name: '劳动节', off: ['2018-04-29/2018-05-01'], work: ['2018-04-28'] },
      { name: '端午节', off: ['2018-06-18'], work: [] },
      { name: '中秋节', off: ['2018-09-24'], work: [] },
      { name: '国庆节', off: ['2018-10-01/2018-10-07'], work: ['2018-09-29', '2018-09-30'] },
    ],
  },
  {
    year: 2019,
    sources: [
      '国办发明电〔2018〕15号, 2018-12-04',
      // Labour Day was first 05-01 alone.
      '国办发明电〔2019〕3号, 2019-03-22: 劳动节 5月1日至4日, 4月28日、5月5日上班',
    ],
    festivals: [
      { name: '元旦', off: ['2018-12-30/2019-01-01'], work: ['2018-12-29'] },
      { name: '春节', off: ['2019-02-04/2019-02-10'], work: ['2019-02-02', '2019-02-03'] },
      { name: '清明节', off: ['2019-04-05'], work: [] },
      { name: '劳动节', off: ['2019-05-01/2019-05-04'], work: ['2019-04-28', '2019-05-05'] },
      { name: '端午节', off: ['2019-06-07'], work: [] },
      { name: '中秋节', off: ['2019-09-13'], work: [] },
      { name: '国庆节', off: ['2019-10-01/2019-10-07'], work: ['2019-09-29', '2019-10-12'] },
    ],
  },
  {
    year: 2020,
    sources: [
      '国办发明电〔2019〕16号, 2019-11-21',
      // COVID-19: Spring Festival extended from 01-30 to 02-02, which also made the planned
      // make-up working day of Saturday 02-01 a day off.
      '国办发明电〔2020〕1号, 2020-01-26: 延长春节假期至2月2日, 2月3日起正常上班',
    ],
    festivals: [
      { name: '元旦', off: ['2020-01-01'], work: [] },
      { name: '春节', off: ['2020-01-24/2020-02-02'], work: ['2020-01-19'] },
      { name: '清明节', off: ['2020-04-04/2020-04-06'], work: [] },
      { name: '劳动节', off: ['2020-05-01/2020-05-05'], work: ['2020-04-26', '2020-05-09'] },
      { name: '端午节', off: ['2020-06-25/2020-06-27'], work: ['2020-06-28'] },
      {
        name: '国庆节、中秋节',
        off: ['2020-10-01/2020-10-08'],
        work: ['2020-09-27', '2020-10-10'],
      },
    ],
  },
  {
    year: 2021,
    sources: ['国务院办公厅关于2021年部分节假日安排的通知, 2020-11-25'],
    festivals: [
      { name: '元旦', off: ['2021-01-01/2021-01-03'], work: [] },
      { name: '春节', off: ['2021-02-11/2021-02-17'], work: ['2021-02-07', '2021-02-20'] },
      { name: '清明节', off: ['2021-04-03/2021-04-05'], work: [] },
      { name: '劳动节', off: ['2021-05-01/2021-05-05'], work: ['2021-04-25', '2021-05-08'] },
      { name: '端午节', off: ['2021-06-12/2021-06-14'], work: [] },
      { name: '中秋节', off: ['2021-09-19/2021-09-21'], work: ['2021-09-18'] },
      { name: '国庆节', off: ['2021-10-01/2021-10-07'], work: ['2021-09-26', '2021-10-09'] },
    ],
  },
  {
    year: 2022,
    sources: ['国务院办公厅关于2022年部分节假日安排的通知, 2021-10-25'],
    festivals: [
      { name: '元旦', off: ['2022-01-01/2022-01-03'], work: [] },
      { name: '春节', off: ['2022-01-31/2022-02-06'], work: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', off: ['2022-04-03/2022-04-05'], work: ['2022-04-02'] },
      { name: '劳动节', off: ['2022-04-30/2022-05-04'], work: ['2022-04-24', '2022-05-07'] },
      { name: '端午节', off: ['2022-06-03/2022-06-05'], work: [] },
      { name: '中秋节', off: ['2022-09-10/2022-09-12'], work: [] },
      { name: '国庆节', off: ['2022-10-01/2022-10-07'], work: ['2022-10-08', '2022-10-09'] },
    ],
  },
  {
    year: 2023,
    sources: ['国务院办公厅关于2023年部分节假日安排的通知, 2022-12-08'],
    festivals: [
      { name: '元旦', off: ['2022-12-31/2023-01-02'], work: [] },
      { name: '春节', off: ['2023-01-21/2023-01-27'], work: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', off: ['2023-04-05'], work: [] },
      { name: '劳动节', off: ['2023-04-29/2023-05-03'], work: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', off: ['2023-06-22/2023-06-24'], work: ['2023-06-25'] },
      {
        name: '中秋节、国庆节',
        off: ['2023-09-29/2023-10-06'],
        work: ['2023-10-07', '2023-10-08'],
      },
    ],
  },
  {
    year: 2024,
    sources: ['国务院办公厅关于2024年部分节假日安排的通知, 2023-10-25'],
    festivals: [
      { name: '元旦', off: ['2024-01-01'], work: [] },
      // New Year's Eve (02-09) was only "encouraged" as a day off, not a holiday.
      { name: '春节', off: ['2024-02-10/2024-02-17'], work: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', off: ['2024-04-04/2024-04-06'], work: ['2024-04-07'] },
      { name: '劳动节', off: ['2024-05-01/2024-05-05'], work: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', off: ['2024-06-10'], work: [] },
      { name: '中秋节', off: ['2024-09-15/2024-09-17'], work: ['2024-09-14'] },
      { name: '国庆节', off: ['2024-10-01/2024-10-07'], work: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    // From 2025 the revised 全国年节及纪念日放假办法 adds lunar New Year's Eve and 05-02.
    year: 2025,
    sources: ['国办发明电〔2024〕12号, 2024-11-12'],
    festivals: [
      { name: '元旦', off: ['2025-01-01'], work: [] },
      { name: '春节', off: ['2025-01-28/2025-02-04'], work: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', off: ['2025-04-04/2025-04-06'], work: [] },
      { name: '劳动节', off: ['2025-05-01/2025-05-05'], work: ['2025-04-27'] },
      { name: '端午节', off: ['2025-05-31/2025-06-02'], work: [] },
      {
        name: '国庆节、中秋节',
        off: ['2025-10-01/2025-10-08'],
        work: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  {
    year: 2026,
    sources: ['国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04'],
    festivals: [
      { name: '元旦', off: ['2026-01-01/2026-01-03'], work: ['2026-01-04'] },
      { name: '春节', off: ['2026-02-15/2026-02-23'], work: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', off: ['2026-04-04/2026-04-06'], work: [] },
      { name: '劳动节', off: ['2026-05-01/2026-05-05'], work: ['2026-05-09'] },
      { name: '端午节', off: ['2026-06-19/2026-06-21'], work: [] },
      { name: '中秋节', off: ['2026-09-25/2026-09-27'], work: [] },
      { name: '国庆节', off: ['2026-10-01/2026-10-07'], work: ['2026-09-20', '2026-10-10'] },
    ],
  },
]
