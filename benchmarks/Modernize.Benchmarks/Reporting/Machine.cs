using System.Globalization;

namespace Modernize.Benchmarks.Reporting;

/// <summary>What the figures were measured on: cores, memory, CPU model, SDK.</summary>
internal static class Machine
{
    public static string Describe(string sdkVersion)
    {
        var cpu = Line("/proc/cpuinfo", "model name") ?? "unknown CPU";
        var memory = Line("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? $"{kb / 1024.0 / 1024.0:F1} GiB"
            : "unknown memory";
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores (nproc), {memory} RAM, {cpu}, {Environment.OSVersion}, .NET SDK {sdkVersion.Trim()}");
    }

    /// <summary>The load averages when the figures were taken (/proc/loadavg: 1, 5 and 15 minutes), which stretch wall times on a shared machine.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " at the end of the run" : "load average unknown";

    private static string? Line(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
