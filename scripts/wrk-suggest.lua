-- wrk script for /api/suggest: rotating prefixes in nl and en (manual benchmark, never in CI):
--   wrk -t2 -c8 -d20s --latency -s scripts/wrk-suggest.lua http://127.0.0.1:8080
local prefixes = {"le", "lev", "leve", "lever", "ct", "ct-", "mri", "beh", "behan", "chem", "pijn", "ver", "uitz", "bl", "bloed", "sc", "scan", "ope", "oper", "na"}
local langs = {"nl", "en"}
local i = 0
request = function()
  i = i + 1
  local p = prefixes[(i % #prefixes) + 1]
  local l = langs[(i % 2) + 1]
  return wrk.format("GET", "/api/suggest?q=" .. p .. "&lang=" .. l)
end
