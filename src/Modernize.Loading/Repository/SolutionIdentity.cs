namespace Modernize.Loading.Repository;

/// <summary>
/// The identity of a scanned solution that stays the same across machines and checkouts: the normalised origin URL plus the
/// scanned path inside the repository; without a remote, the root commit plus that path; outside git, the solution's name.
/// </summary>
public static class SolutionIdentity
{
    public static string Of(RepositoryInfo repository, string name)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (repository.Remote is not null)
        {
            return NormaliseRemote(repository.Remote) + ":" + repository.RelativePath;
        }

        return repository.RootCommit is not null ? repository.RootCommit + ":" + repository.RelativePath : name;
    }

    /// <summary>
    /// <c>https://user:token@GitHub.com/Org/Repo.git</c>, <c>git@github.com:Org/Repo.git</c> and <c>ssh://git@github.com/Org/Repo</c>
    /// all become <c>github.com/Org/Repo</c>: no scheme, credentials, port of ssh or .git suffix; host lower-cased.
    /// </summary>
    public static string NormaliseRemote(string remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var text = remote.Trim();
        string host;
        string path;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            host = uri.Host + (uri.IsDefaultPort || uri.Scheme == "ssh" ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            path = uri.AbsolutePath;
        }
        else if (text.Contains(':', StringComparison.Ordinal) && !text.StartsWith('/'))
        {
            // scp-like syntax: [user@]host:path
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            host = text[..colon];
            host = host[(host.LastIndexOf('@') + 1)..];
            path = text[(colon + 1)..];
        }
        else
        {
            // A local path remote: keep it as it is, minus .git.
            return TrimGit(text.TrimEnd('/'));
        }

        return host.ToLowerInvariant() + "/" + TrimGit(Uri.UnescapeDataString(path).Trim('/'));
    }

    private static string TrimGit(string path) => path.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? path[..^4] : path;
}
