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
        var sources = EnabledSources(root: null);
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

    /// <summary>
    /// The enabled package sources of the NuGet.config files above <paramref name="folder"/> (and the user's), and those of
    /// them that cannot be reached: their host does not resolve, refuses the connection or does not answer within
    /// <paramref name="timeout"/>. A source that answers with an error (401 without credentials) is reachable: restore may
    /// have what it needs. Local folders and v2 feeds are not probed.
    /// </summary>
    public static async Task<(IReadOnlyList<PackageSource> Sources, IReadOnlyList<PackageSource> Unreachable)> ProbeSourcesAsync(string folder, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var sources = EnabledSources(folder);
        var probed = await Task.WhenAll(sources.Select(async source => (Source: source, Reachable: await ReachableAsync(source, timeout, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        return (sources, probed.Where(p => !p.Reachable).Select(p => p.Source).ToList());
    }

    /// <summary>The enabled sources of the NuGet.config files above <paramref name="root"/> (none: the user's and machine's only).</summary>
    private static List<PackageSource> EnabledSources(string? root) =>
        new PackageSourceProvider(Settings.LoadDefaultSettings(root)).LoadPackageSources().Where(s => s.IsEnabled).ToList();

    private static async Task<bool> ReachableAsync(PackageSource source, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!source.IsHttp || !source.Source.EndsWith("index.json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await NuGet.Protocol.Core.Types.Repository.Factory.GetCoreV3(source).GetResourceAsync<ServiceIndexResourceV3>(limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return !Unreachable(ex);
        }
    }

    /// <summary>Whether a failure is the network's (no such host, connection refused or reset), not the feed's answer.</summary>
    private static bool Unreachable(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is System.Net.Sockets.SocketException || ex is System.Net.Http.HttpRequestException { StatusCode: null })
            {
                return true;
            }
        }

        return exception is AggregateException aggregate && aggregate.InnerExceptions.Any(Unreachable);
    }
}
