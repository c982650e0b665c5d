using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Signals;

/// <summary>
/// How much of a type's use comes from code named after it: <c>UpdateContributorHandler</c> using <c>Contributor</c>,
/// <c>OrderService</c> using <c>Order</c>. A domain model is used by its own use cases, which carry its nouns; a shared
/// kernel (<c>Entity</c>, <c>ValueObject</c>, <c>IRepository</c>, a logger) is used by code of every other vocabulary.
/// Users are counted, not weighed, so one heavy user (the hook auditing every <c>IAuditable</c>) does not decide.
/// Inheriting or implementing is never named use: an implementation shares its interface's name (<c>EmailSender</c> of
/// <c>IEmailSender</c>) whether the interface is a kernel's or a domain's.
/// </summary>
public static class NamedUse
{
    /// <summary>The share of the users (each distinct depending type) that use the type beyond inheriting or implementing it and whose type name shares a domain word with it.</summary>
    /// <param name="incoming">Dependencies into the used types, from the users to count; a user of several of them counts once, named if it is named after any it uses.</param>
    public static double Of(IEnumerable<Dependency> incoming, IReadOnlyDictionary<string, TypeNode> typeById)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(typeById);
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var users = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var dependency in incoming)
        {
            var named = Uses(dependency) && WordsOf(dependency.From, typeById, words).Overlaps(WordsOf(dependency.To, typeById, words));
            users[dependency.From] = users.GetValueOrDefault(dependency.From) || named;
        }

        return users.Count == 0 ? 0 : users.Count(u => u.Value) / (double)users.Count;
    }

    private static bool Uses(Dependency dependency) => dependency.Kinds.Keys.Any(k => k is not (DependencyKind.Inheritance or DependencyKind.InterfaceImplementation));

    private static HashSet<string> WordsOf(string id, IReadOnlyDictionary<string, TypeNode> typeById, Dictionary<string, HashSet<string>> cache)
    {
        if (!cache.TryGetValue(id, out var words))
        {
            words = typeById.TryGetValue(id, out var type) ? DomainWords.OfTypeName(type.Name).ToHashSet(StringComparer.Ordinal) : [];
            cache[id] = words;
        }

        return words;
    }
}
