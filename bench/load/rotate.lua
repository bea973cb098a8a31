-- Sends the requests listed in the file named by the first script argument (one path per line), in turn,
-- so a run covers many entities instead of hammering one cached answer.
local paths = {}
local index = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- Threads start at different places in the list.
  index = math.random(#paths)
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
