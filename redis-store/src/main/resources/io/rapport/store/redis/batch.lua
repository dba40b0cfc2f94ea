-- Applies one batch atomically: every check first, then every write, so a failed check writes nothing.
-- KEYS: every key the batch touches (all in one workspace's slot); ops name them by index.
-- ARGV[1]: the number of checks. A check is 5 values: op, key index, field, value, code to return on failure.
-- Then the writes, 4 values each: op, key index, a, b.
-- Returns 0 when applied, else the failed check's code.

local checks = tonumber(ARGV[1])
local i = 2
for _ = 1, checks do
  local op, key, field, value = ARGV[i], KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2], ARGV[i + 3]
  local ok
  if op == 'exists' then
    ok = redis.call('HEXISTS', key, field) == 1
  elseif op == 'absent' then
    ok = redis.call('HEXISTS', key, field) == 0
  elseif op == 'equals' then
    ok = redis.call('HGET', key, field) == value
  elseif op == 'card' then
    ok = redis.call('SCARD', key) == tonumber(value)
  elseif op == 'hlen' then
    ok = redis.call('HLEN', key) == tonumber(value)
  elseif op == 'nokey' then
    ok = redis.call('EXISTS', key) == 0
  elseif op == 'lindex' then
    ok = redis.call('LINDEX', key, tonumber(field)) == value
  else
    return redis.error_reply('unknown check ' .. tostring(op))
  end
  if not ok then
    return ARGV[i + 4]
  end
  i = i + 5
end

-- Redis does not roll a script back, so an op this script does not know must stop it before any write.
local known = { hset = true, hdel = true, hdeleq = true, hmax = true, hincr = true, zadd = true, zrem = true,
                sadd = true, srem = true, lpush = true, rpush = true, del = true, lset = true,
                unnote = true, xadd = true, setex = true }
for j = i, #ARGV, 4 do
  if not known[ARGV[j]] or not KEYS[tonumber(ARGV[j + 1])] then
    return redis.error_reply('bad write ' .. tostring(ARGV[j]))
  end
end

for j = i, #ARGV, 4 do
  local op, key, a, b = ARGV[j], KEYS[tonumber(ARGV[j + 1])], ARGV[j + 2], ARGV[j + 3]
  if op == 'hset' then
    redis.call('HSET', key, a, b)
  elseif op == 'hdel' then
    redis.call('HDEL', key, a)
  elseif op == 'hdeleq' then
    -- only remove an index entry that still points at this record; another may own it by now
    if redis.call('HGET', key, a) == b then
      redis.call('HDEL', key, a)
    end
  elseif op == 'hmax' then
    local current = tonumber(redis.call('HGET', key, a))
    if current == nil or current < tonumber(b) then
      redis.call('HSET', key, a, b)
    end
  elseif op == 'hincr' then
    redis.call('HINCRBY', key, a, b)
  elseif op == 'zadd' then
    redis.call('ZADD', key, a, b)
  elseif op == 'zrem' then
    redis.call('ZREM', key, a)
  elseif op == 'sadd' then
    redis.call('SADD', key, a)
  elseif op == 'srem' then
    redis.call('SREM', key, a)
  elseif op == 'lpush' then
    redis.call('LPUSH', key, a)
    redis.call('LTRIM', key, 0, tonumber(b) - 1)
  elseif op == 'unnote' then
    -- a positional touch's note follows its fifth unit separator, a dense one's (which has no unit
    -- separator) its only record separator; an entry in the older JSON form is left whole
    local index = tonumber(a)
    local entry = redis.call('LINDEX', key, index)
    if entry and string.sub(entry, 1, 1) ~= '{' then
      if string.find(entry, '\31', 1, true) then
        local at = 0
        for _ = 1, 5 do
          at = string.find(entry, '\31', at + 1, true)
          if not at then break end
        end
        if at and at < #entry then
          redis.call('LSET', key, index, string.sub(entry, 1, at))
        end
      else
        local at = string.find(entry, '\30', 1, true)
        if at then
          redis.call('LSET', key, index, string.sub(entry, 1, at - 1))
        end
      end
    end
  elseif op == 'lset' then
    redis.call('LSET', key, tonumber(a), b)
  elseif op == 'rpush' then
    redis.call('RPUSH', key, a)
  elseif op == 'del' then
    redis.call('DEL', key)
  elseif op == 'setex' then
    redis.call('SET', key, '1', 'EX', tonumber(a))
  elseif op == 'xadd' then
    -- an audit entry: appended, never trimmed here
    redis.call('XADD', key, '*', 'entry', a)
  end
end
return 0
