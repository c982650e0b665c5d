using Modernize.Model;

namespace Modernize.Storage;

/// <summary>
/// Finds the solution a trend or diff is about: by identity or by name when asked, else the only one, else the one
/// scanned most recently (the caller says which was taken when there was a choice).
/// </summary>
public static class SolutionResolver
{
    public static async Task<StoredSolution> ResolveAsync(IScanStore store, string? wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var solutions = await store.ListSolutionsAsync(ct).ConfigureAwait(false);
        if (solutions.Count == 0)
        {
            throw new InputException(store.Location, "no scans stored yet; run 'modernize scan' first");
        }

        if (wanted is null)
        {
            return solutions[^1];
        }

        var matches = solutions.Where(s => s.Identity == wanted).ToList();
        if (matches.Count == 0)
        {
            matches = solutions.Where(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new InputException(store.Location, $"no solution '{wanted}'; known: {Describe(solutions)}"),
            _ => throw new InputException(store.Location, $"'{wanted}' names {matches.Count} solutions; give the identity: {Describe(matches)}"),
        };
    }

    private static string Describe(IEnumerable<StoredSolution> solutions) =>
        string.Join(", ", solutions.Select(s => $"{s.Name} ({s.Identity})"));
}
