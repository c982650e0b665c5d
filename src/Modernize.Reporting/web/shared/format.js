/* format: numbers, percentages, dates and commit ids as the pages print them (en-US digits, UTC). */
var format = (function () {
  function num(value, decimals) { return Number(value).toLocaleString('en-US', { minimumFractionDigits: decimals || 0, maximumFractionDigits: decimals || 0 }); }
  function pct(value, decimals) { return num(value * 100, decimals === undefined ? 0 : decimals) + '%'; }
  /** 'YYYY-MM-DD HH:MM' in UTC, or the text itself when it is not a date. */
  function date(iso) { var d = new Date(iso); return isNaN(d) ? String(iso) : d.toISOString().slice(0, 16).replace('T', ' '); }
  /** 'YYYY-MM-DD' in UTC. */
  function day(iso) { return date(iso).slice(0, 10); }
  function shortSha(sha) { return sha ? String(sha).slice(0, 8) : ''; }

  return { num: num, pct: pct, date: date, day: day, shortSha: shortSha };
})();
