namespace Modernize.Model.Scan;

/// <summary>One section of a scan document as the scan JSON and the store know it (<see cref="ScanSectionCatalogue"/>).</summary>
/// <param name="JsonName">Its top-level property in the scan JSON (docs/scan-json.md); null when the scan JSON writes it as several properties.</param>
/// <param name="StoreKey">The key of its chunks in the store; null when the store keeps it inside another section or elsewhere.</param>
/// <param name="Type">The declared type of its value, which is how both forms serialise it.</param>
public abstract record ScanSection(string? JsonName, string? StoreKey, Type Type)
{
    /// <summary>The section's value in <paramref name="document"/>, as <see cref="Type"/>.</summary>
    public abstract object? ValueOf(ScanDocument document);
}

/// <summary>A section whose value is a <typeparamref name="T"/>.</summary>
public sealed record ScanSection<T>(string? JsonName, string? StoreKey, Func<ScanDocument, T> Get) : ScanSection(JsonName, StoreKey, typeof(T))
{
    public override object? ValueOf(ScanDocument document) => Get(document);
}
