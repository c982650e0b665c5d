using NuGet.Common;
using NuGet.Configuration;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;

namespace Modernize.Loading.Environment;

/// <summary>
/// The versions of a package that the configured feeds serve (the user's and machine's NuGet.config, as <c>dotnet restore</c>
/// reads them from a folder outside the scanned tree), read with NuGet's own client. Never used in safe mode.
/// </summary>
public static class PackageFeeds
{
    /// <summary>Served versions of each id (an id no feed serves maps to an empty list); a feed that fails or times out counts as serving nothing.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ServedVersionsAsync(IEnumerable<string> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var settings = Settings.LoadDefaultSettings(root: null);
        var sources = new PackageSourceProvider(settings).LoadPackageSources().Where(s => s.IsEnabled).ToList();
        using var cache = new SourceCacheContext { NoCache = false };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var resources = new List<FindPackageByIdResource>();
        foreach (var source in sources)
        {
            try
            {
                if (await NuGet.Protocol.Core.Types.Repository.Factory.GetCoreV3(source).GetResourceAsync<FindPackageByIdResource>(limit.Token).ConfigureAwait(false) is { } resource)
                {
                    resources.Add(resource);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // An unreachable feed serves nothing.
            }
        }

        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(
            ids.Distinct(StringComparer.OrdinalIgnoreCase),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (id, _) =>
            {
                var versions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var resource in resources)
                {
                    try
                    {
                        foreach (var version in await resource.GetAllVersionsAsync(id, cache, NullLogger.Instance, limit.Token).ConfigureAwait(false))
                        {
                            versions.Add(version.ToNormalizedString());
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                    }
                }

                result[id] = versions.ToList();
            }).ConfigureAwait(false);
        return result;
    }
}
