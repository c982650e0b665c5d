namespace Modernize.Storage.Serialization;

/// <summary>One chunk of a scan section: JSON of a run of items (or of one record), and its content hash.</summary>
/// <param name="Part">What the chunk covers (a project path, a cell name, or <c>*</c>), for people reading the database.</param>
internal sealed record SectionPart(string Section, int Ordinal, string Part, byte[] Json, string Hash);
