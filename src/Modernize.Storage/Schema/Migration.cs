namespace Modernize.Storage.Schema;

/// <summary>One step of the schema. <see cref="Script"/> is portable SQL with <c>{id}</c> and <c>{binary}</c> for the dialect's column types.</summary>
public sealed record Migration(int Version, string Description, string Script);
