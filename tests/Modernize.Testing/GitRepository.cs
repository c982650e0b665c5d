namespace Modernize.Testing;

/// <summary>A real git repository made by a test, with scripted commits at chosen dates and authors.</summary>
public sealed class GitRepository : IDisposable
{
    private readonly TempDirectory directory;

    public GitRepository(string prefix = "modernize-git")
    {
        directory = new TempDirectory(prefix);
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Test Author");
        Git("config", "user.email", "test@example.com");
        Git("config", "commit.gpgsign", "false");
    }

    public string Path => directory.Path;

    public string Write(string relativePath, string content) => directory.Write(relativePath, content);

    public void Delete(string relativePath) => File.Delete(directory.Combine(relativePath));

    /// <summary>Copies a folder (for example a fixture) into the work tree, uncommitted; returns the copy's path.</summary>
    public string CopyFrom(string sourceDirectory, string? name = null) => directory.CopyFrom(sourceDirectory, name);

    /// <summary>Stages everything and commits it; returns the new commit's sha.</summary>
    public string Commit(string message, string author = "Test Author", string email = "test@example.com", DateTimeOffset? date = null)
    {
        Git("add", "-A");
        Run(["commit", "-q", "--allow-empty", "-m", message], Identity(author, email, date));
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>Merges <paramref name="branch"/> into the checked-out branch with a merge commit (never a fast-forward), as a pull request would; returns its sha.</summary>
    public string Merge(string branch, string message, string author = "Test Author", string email = "test@example.com", DateTimeOffset? date = null)
    {
        Run(["merge", "-q", "--no-ff", "--no-edit", "-m", message, branch], Identity(author, email, date));
        return Git("rev-parse", "HEAD").Trim();
    }

    private static Dictionary<string, string> Identity(string author, string email, DateTimeOffset? date)
    {
        var when = (date ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = author,
            ["GIT_AUTHOR_EMAIL"] = email,
            ["GIT_AUTHOR_DATE"] = when,
            ["GIT_COMMITTER_NAME"] = author,
            ["GIT_COMMITTER_EMAIL"] = email,
            ["GIT_COMMITTER_DATE"] = when,
        };
    }

    public string Git(params string[] arguments) => Run(arguments, null);

    public void Dispose() => directory.Dispose();

    private string Run(string[] arguments, IDictionary<string, string>? environment)
    {
        var result = ProcessRunner.Run("git", arguments, Path, environment, TimeSpan.FromMinutes(1));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {result.Output}");
        }

        return result.StandardOutput;
    }
}
