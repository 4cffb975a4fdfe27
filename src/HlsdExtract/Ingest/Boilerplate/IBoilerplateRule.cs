namespace HlsdExtract.Ingest.Boilerplate;

/// <summary>One general rule that marks lines of site chrome for removal. Stateless.</summary>
internal interface IBoilerplateRule
{
    void Apply(BoilerplateScan scan);
}
