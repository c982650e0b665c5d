using System.Globalization;

namespace Modernize.Benchmarks.Measuring;

/// <summary>The resident memory of a process and all its descendants, read from /proc (Linux).</summary>
internal static class ProcessTree
{
    /// <summary>Sum of VmRSS over <paramref name="root"/> and its descendants, in bytes; 0 when /proc is not there.</summary>
    public static long ResidentBytes(int root)
    {
        if (!Directory.Exists("/proc/self"))
        {
            return 0;
        }

        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(pid);
            }
        }

        long total = 0;
        var pending = new Stack<int>([root]);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            total += ResidentOf(pid);
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                pending.Push(child);
            }
        }

        return total;
    }

    /// <summary>The fourth field of /proc/pid/stat; the command name before it is in parentheses and may hold spaces.</summary>
    private static int? ParentOf(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        var close = stat?.LastIndexOf(')') ?? -1;
        if (stat is null || close < 0)
        {
            return null;
        }

        var fields = stat[(close + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    private static long ResidentOf(int pid)
    {
        foreach (var line in (Read($"/proc/{pid}/status") ?? string.Empty).Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>Processes come and go while we read: a vanished one reads as nothing.</summary>
    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
