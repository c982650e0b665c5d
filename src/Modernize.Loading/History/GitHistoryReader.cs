using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Modernize.Model.Configuration;
using Modernize.Model.History;

namespace Modernize.Loading.History;

/// <summary>
/// Reads the history of the git repository around a scanned root with the git CLI. Paths come back relative to the root,
/// changes outside it are left out, and a folder that is not in a repository (or a machine without git) gives <see cref="GitHistory.None"/>.
/// </summary>
public static class GitHistoryReader
{
    /// <summary>
    /// Reads the commits of the <see cref="HistorySettings.WindowDays"/> days before <paramref name="now"/>, by default before
    /// HEAD's committer date: an archived or slow repository still shows its last year of work, whatever today's date.
    /// </summary>
    public static GitHistory Read(string root, HistorySettings settings, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Read(root, headDate => (now ?? headDate ?? DateTimeOffset.UtcNow).AddDays(-settings.WindowDays));
    }

    /// <summary>Reads the commits since <paramref name="since"/> (all of them when null), newest first.</summary>
    public static GitHistory Read(string root, DateTimeOffset? since) => Read(root, _ => since);

    /// <param name="windowStart">The start of the window, given HEAD's committer date (null without commits).</param>
    private static GitHistory Read(string root, Func<DateTimeOffset?, DateTimeOffset?> windowStart)
    {
        try
        {
            if (!Directory.Exists(root))
            {
                return GitHistory.None;
            }

            var inside = RunToString(root, "rev-parse", "--is-inside-work-tree");
            if (inside?.Trim() != "true")
            {
                return GitHistory.None;
            }

            var head = RunToString(root, "rev-parse", "--verify", "-q", "HEAD")?.Trim();
            if (string.IsNullOrEmpty(head))
            {
                // A repository without commits yet.
                return new GitHistory(null, null, windowStart(null), []);
            }

            var headDate = ParseDate(RunToString(root, "show", "-s", "--format=%cI", "HEAD"));
            var since = windowStart(headDate);

            var branch = RunToString(root, "rev-parse", "--abbrev-ref", "HEAD")?.Trim();
            // Merges carry their first-parent diff (the pull request they bring in); git before 2.31 lacks the option.
            var commits = ReadLog(root, since, mergeDiffs: true) ?? ReadLog(root, since, mergeDiffs: false) ?? [];
            return new GitHistory(head, branch is null or "HEAD" ? null : branch, since, commits) { HeadDate = headDate };
        }
        catch (Win32Exception)
        {
            // git is not installed.
            return GitHistory.None;
        }
        catch (IOException)
        {
            return GitHistory.None;
        }
        catch (InvalidOperationException)
        {
            return GitHistory.None;
        }
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static List<GitCommit>? ReadLog(string root, DateTimeOffset? since, bool mergeDiffs)
    {
        var arguments = new List<string>
        {
            "-c", "core.quotepath=false",
            "log", "-z", "--numstat", "--no-renames", "--relative", "--no-color",
            "--format=" + GitLogParser.Format,
        };
        if (mergeDiffs)
        {
            arguments.Add("--diff-merges=first-parent");
        }
        if (since is { } from)
        {
            arguments.Add("--since=" + from.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }

        // The pathspec limits the log to commits touching the scanned root; --relative makes paths relative to it.
        arguments.AddRange(["--", "."]);
        using var process = Start(root, arguments);
        var stderr = process.StandardError.ReadToEndAsync();
        var commits = GitLogParser.Parse(process.StandardOutput).ToList();
        process.WaitForExit();
        _ = stderr.GetAwaiter().GetResult();
        return process.ExitCode == 0 ? commits : null;
    }

    private static string? RunToString(string root, params string[] arguments)
    {
        using var process = Start(root, arguments);
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = stderr.GetAwaiter().GetResult();
        return process.ExitCode == 0 ? output : null;
    }

    private static Process Start(string root, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = root,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Plain, untranslated output whatever the user's settings, and never a pager or a credential prompt.
        info.Environment["LC_ALL"] = "C";
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start git");
    }
}
