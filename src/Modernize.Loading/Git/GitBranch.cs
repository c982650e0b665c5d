namespace Modernize.Loading.Git;

/// <summary>The one way the current branch is read: <c>rev-parse --abbrev-ref HEAD</c>, null on a detached HEAD or outside git.</summary>
public static class GitBranch
{
    public static string? Read(string folder) =>
        GitProcess.Run(folder, ["rev-parse", "--abbrev-ref", "HEAD"]).Text is { } branch && branch != "HEAD" ? branch : null;
}
