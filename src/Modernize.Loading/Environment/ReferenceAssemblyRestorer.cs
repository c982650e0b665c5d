namespace Modernize.Loading.Environment;

/// <summary>Downloads missing .NET Framework reference-assembly packages into the global packages folder.</summary>
public static class ReferenceAssemblyRestorer
{
    /// <summary>Restores the packages of <paramref name="choices"/> that are not installed; returns warnings for those that stay missing.</summary>
    public static async Task<IReadOnlyList<string>> EnsureInstalledAsync(IEnumerable<FrameworkReferenceAssemblies.Choice> choices, string dotnet, CancellationToken cancellationToken)
    {
        var missing = choices.Where(c => !c.IsInstalled).DistinctBy(c => c.PackageId).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        await PackageDownloader.EnsureInstalledAsync(missing.Select(c => (c.PackageId, c.PackageVersion)), dotnet, cancellationToken).ConfigureAwait(false);
        return missing
            .Where(c => !c.IsInstalled)
            .Select(c => $"could not restore {c.PackageId} {c.PackageVersion}: .NET Framework types will not resolve")
            .ToList();
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
