-- Leases up to ARGV[3] due nudges of one workspace. Reads the due index with LIMIT, so the cost
-- follows what is claimed, not how much is pending.
-- KEYS[1]: due zset, KEYS[2]: claims hash, KEYS[3]: nudges hash.
-- ARGV[1]: now (epoch ms), ARGV[2]: lease end (epoch ms), ARGV[3]: limit, ARGV[4]: a fresh random token prefix.
-- Returns id, json, token for each claim.

local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for n, id in ipairs(ids) do
  local json = redis.call('HGET', KEYS[3], id)
  if json then
    local token = ARGV[4] .. ':' .. n
    redis.call('HSET', KEYS[2], id, token)
    -- pushed to the lease end, not removed: if the holder dies the nudge comes due again
    redis.call('ZADD', KEYS[1], ARGV[2], id)
    out[#out + 1] = id
    out[#out + 1] = json
    out[#out + 1] = token
  else
    -- a due entry without its nudge could never be delivered; dropping it keeps the queue moving
    redis.call('ZREM', KEYS[1], id)
    redis.call('HDEL', KEYS[2], id)
  end
end
return out
