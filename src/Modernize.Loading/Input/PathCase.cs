namespace Modernize.Loading.Input;

/// <summary>
/// Windows ignores the case of paths and Linux does not: solutions and project files written on Windows name folders in
/// a case they do not have on disk (NuGetGallery.sln's <c>src\NuGet.Services.Github\</c> for <c>NuGet.Services.GitHub</c>;
/// Hangfire's <c>HangFire.Core</c>). Such a path is matched to the one file that equals it ignoring case.
/// </summary>
public static class PathCase
{
    /// <summary>The one existing file under <paramref name="root"/> whose path equals <paramref name="path"/> ignoring case; null when none or several do.</summary>
    public static string? MatchIgnoringCase(string root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        var current = root;
        var segments = Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var exact = Path.Combine(current, segments[i]);
            if (last ? File.Exists(exact) : Directory.Exists(exact))
            {
                current = exact;
                continue;
            }

            if (!Directory.Exists(current))
            {
                return null;
            }

            var candidates = (last ? Directory.EnumerateFiles(current) : Directory.EnumerateDirectories(current))
                .Where(c => string.Equals(Path.GetFileName(c), segments[i], StringComparison.OrdinalIgnoreCase))
                .Take(2)
                .ToList();
            if (candidates.Count != 1)
            {
                return null;
            }

            current = candidates[0];
        }

        return File.Exists(current) ? current : null;
    }
}
