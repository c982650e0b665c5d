using Modernize.Model;
using Modernize.Model.Store;
using Modernize.Storage;

namespace Modernize.Scanning.UseCases;

/// <summary><c>modernize diff [A] [B]</c>: what changed between two stored scans (default: the last two of the solution).</summary>
public static class CompareUseCase
{
    /// <param name="before">Scan id before; default the second most recent scan of the solution.</param>
    /// <param name="after">Scan id after; default the most recent scan of the solution.</param>
    /// <param name="solutionName">Which solution, when the store holds several and no id says it.</param>
    public static async Task<ScanDiff> CompareAsync(IScanStore store, long? before, long? after, string? solutionName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (a, b) = await ChooseAsync(store, before, after, solutionName, ct).ConfigureAwait(false);
        return await store.DiffAsync(a, b, ct).ConfigureAwait(false)
            ?? throw new InputException(store.Location, $"no scan #{a} or #{b}; 'modernize trend' lists the scans");
    }

    private static async Task<(long Before, long After)> ChooseAsync(IScanStore store, long? a, long? b, string? solutionName, CancellationToken ct)
    {
        if (a is { } first && b is { } second)
        {
            return (first, second);
        }

        var identity = a is { } given
            ? (await store.GetAsync(given, ct).ConfigureAwait(false))?.SolutionIdentity ?? throw new InputException(store.Location, $"no scan #{given}")
            : (await SolutionResolver.ResolveAsync(store, solutionName, ct).ConfigureAwait(false)).Identity;
        var scans = await store.ListAsync(identity, ct).ConfigureAwait(false);
        if (a is { } only)
        {
            return (only, scans[^1].Id);
        }

        if (scans.Count < 2)
        {
            throw new InputException(store.Location, $"only {scans.Count} scan of {identity}; a diff needs two");
        }

        return (scans[^2].Id, scans[^1].Id);
    }
}
