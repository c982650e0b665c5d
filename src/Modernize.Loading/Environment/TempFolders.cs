using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Modernize.Loading.Environment;

/// <summary>
/// Modernize's temporary folders, all named <c>&lt;temp&gt;/modernize-&lt;purpose&gt;-&lt;process id&gt;-&lt;random&gt;</c>. A scan
/// killed with SIGKILL cannot delete its own, so every scanning use case (Modernize.Scanning) first removes the folders whose
/// process is gone.
/// </summary>
public static partial class TempFolders
{
    /// <summary>Creates a fresh folder for <paramref name="purpose"/> (letters only, for example <c>scan</c>).</summary>
    public static string Create(string purpose)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"modernize-{purpose}-{System.Environment.ProcessId}-") + Guid.NewGuid().ToString("N")[..12];
        var path = Path.Combine(Path.GetTempPath(), name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes the temporary folders of Modernize processes that no longer run; returns how many were removed.</summary>
    public static int RemoveStale()
    {
        var removed = 0;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(Path.GetTempPath(), "modernize-*").ToList();
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var folder in candidates)
        {
            var match = OwnedName().Match(Path.GetFileName(folder));
            if (match.Success && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                ReferenceAssemblyRestorer.TryDelete(folder);
                removed += Directory.Exists(folder) ? 0 : 1;
            }
        }

        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == System.Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^modernize-(?<purpose>[a-z]+)-(?<pid>[0-9]{1,10})-[0-9a-f]{12}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex OwnedName();
}
