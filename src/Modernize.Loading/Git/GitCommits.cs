using System.Globalization;
using Modernize.Loading.Processes;
using Modernize.Model;

namespace Modernize.Loading.Git;

/// <summary>Where a path sits in its repository, and the commits of HEAD's first-parent history (for backfills).</summary>
public static class GitCommits
{
    /// <summary>The repository's top folder and <paramref name="path"/> relative to it ('/' separators); bad input when the path is outside git.</summary>
    public static async Task<(string Top, string Relative)> LocateAsync(string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        var isFile = File.Exists(full);
        if (!isFile && !Directory.Exists(full))
        {
            throw new InputException(path, "no such file or folder");
        }

        var folder = isFile ? Path.GetDirectoryName(full)! : full;
        var prefix = await GitProcess.RunAsync(folder, ["rev-parse", "--show-prefix"], cancellationToken: ct).ConfigureAwait(false);
        if (prefix.NotStarted)
        {
            throw new InputException("git", "not found on PATH; history needs git");
        }

        if (!prefix.Ok)
        {
            throw new InputException(path, "not inside a git repository; history needs one");
        }

        var top = await GitProcess.RunAsync(folder, ["rev-parse", "--show-toplevel"], cancellationToken: ct).ConfigureAwait(false);
        return (Required(top, "rev-parse --show-toplevel").Trim(), prefix.Output.Trim() + (isFile ? Path.GetFileName(full) : string.Empty));
    }

    /// <summary>HEAD's first-parent history, newest first.</summary>
    public static async Task<IReadOnlyList<GitCommitInfo>> FirstParentHistoryAsync(string top, CancellationToken ct)
    {
        var log = await GitProcess.RunAsync(top, ["log", "--first-parent", "--format=%H%x1f%cI%x1f%s", "HEAD"], GitProcess.LongTimeout, ct).ConfigureAwait(false);
        if (!log.Ok)
        {
            throw new InputException(top, $"cannot read git history ({log.Error.Trim()})");
        }

        return log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\x1f'))
            .Select(f => new GitCommitInfo(f[0], DateTimeOffset.Parse(f[1], CultureInfo.InvariantCulture), f.Length > 2 ? f[2] : string.Empty))
            .ToList();
    }

    /// <summary>The output of a command that must succeed; its failure is a failure of the tool, not of the input.</summary>
    internal static string Required(ProcessResult result, string command) =>
        result.Ok ? result.Output : throw new InvalidOperationException($"git {command} failed ({result.ExitCode}): {result.Error.Trim()}");
}
