using System.Globalization;
using Modernize.Loading.Git;
using Modernize.Model.Configuration;
using Modernize.Model.History;

namespace Modernize.Loading.History;

/// <summary>
/// Reads the history of the git repository around a scanned root through <see cref="GitProcess"/>. Paths come back relative to the root,
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

            var branch = GitBranch.Read(root);
            // Line counts need every changed file's contents; a partial or damaged clone lacks some ("unable to read <sha>"),
            // and one missing blob would otherwise cost the whole history, so file names alone (from the trees) come second.
            foreach (var lineCounts in new[] { true, false })
            {
                // Merges carry their first-parent diff (the pull request they bring in); git before 2.31 lacks the option.
                if ((ReadLog(root, since, mergeDiffs: true, lineCounts) ?? ReadLog(root, since, mergeDiffs: false, lineCounts)) is { } commits)
                {
                    return new GitHistory(head, branch, since, commits) { HeadDate = headDate, ChurnUnknown = !lineCounts };
                }
            }

            return new GitHistory(head, branch, since, []) { HeadDate = headDate };
        }
        catch (IOException)
        {
            return GitHistory.None;
        }
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static List<GitCommit>? ReadLog(string root, DateTimeOffset? since, bool mergeDiffs, bool lineCounts)
    {
        var arguments = new List<string>
        {
            "log", "-z", lineCounts ? "--numstat" : "--name-only", "--no-renames", "--relative", "--no-color",
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
        return GitProcess.Read(root, arguments, reader => GitLogParser.Parse(reader, lineCounts).ToList());
    }

    private static string? RunToString(string root, params string[] arguments)
    {
        var result = GitProcess.Run(root, arguments);
        return result.Ok ? result.Output : null;
    }
}
