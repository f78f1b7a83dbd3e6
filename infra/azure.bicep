// Entrance Hall in one resource group: Table Storage, a Linux App Service (Node 22 LTS) running the
// one server (bot endpoint, JSON API, tab and task pane), a user-assigned managed identity (the
// bot, storage, Microsoft Graph through a federated credential, telemetry: no key or secret in
// any app setting), workspace-based Application Insights, and the Azure Bot with its Teams channel. `teamsapp provision` deploys it through
// `arm/deploy` and writes the outputs back to appPackage/env/.env.<environment>.

@description('Start of every resource name: letters, digits and hyphens, e.g. entrancehall-dev.')
@minLength(3)
@maxLength(30)
param resourceBaseName string

@description('Azure region of the resources; the resource group\'s by default.')
param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for a council; P0v3 and up for several instances with zone redundancy.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
  'P2v3'
])
param webAppSku string = 'B1'

@description('How many instances of the server run behind App Service (the server is stateless). Basic plans stop at 3; docs/deployment.md says when to go further.')
@minValue(1)
@maxValue(3)
param instanceCount int = 1

@description('Storage redundancy: LRS in one datacentre, ZRS across zones, GZRS also in a second region.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Where the tables live: a Storage account, or Azure Cosmos DB for Table (geo-replicated, for large or multi-region services). Same code, another connection string.')
@allowed([
  'storage'
  'cosmos'
])
param tableBackend string = 'storage'

@description('With tableBackend cosmos: further regions to replicate to, e.g. [\'ukwest\'] beside uksouth.')
param cosmosReplicaLocations array = []

@description('Tables are named <tablePrefix>Records etc.')
param tablePrefix string = 'EntranceHall'

@description('Client id of the Entra app registration (API and SSO), created by aadApp/create.')
param aadAppClientId string

@description('Tenant of the Entra app registration: the council\'s Microsoft 365 tenant.')
param aadAppTenantId string

@description('Further tenants allowed to sign in (partner councils of a shared service), comma-separated. Empty: only aadAppTenantId.')
param allowedTenantIds string = ''

@description('Entra groups that give a role: <group id>:<role>,… (e.g. the steering group). Optional.')
param groupRoles string = ''

@description('Name of the bot in Azure.')
param botDisplayName string = 'Entrance Hall'

@description('pino log level of the server.')
@allowed([
  'error'
  'warn'
  'info'
  'debug'
])
param logLevel string = 'info'

// Storage account names: 3-24 lower-case letters and digits, globally unique.
var storageAccountName = take('st${toLower(replace(resourceBaseName, '-', ''))}${uniqueString(resourceGroup().id)}', 24)
// Web app names are global DNS names: the suffix keeps two councils' "entrancehall-dev" apart.
var webAppName = take('${resourceBaseName}-${take(uniqueString(resourceGroup().id), 6)}', 60)
var webAppHost = '${webAppName}.azurewebsites.net'
var allowedTenants = empty(allowedTenantIds) ? aadAppTenantId : '${aadAppTenantId},${allowedTenantIds}'
var cosmosAccountName = take('cosmos-${toLower(resourceBaseName)}-${uniqueString(resourceGroup().id)}', 44)
var useCosmos = tableBackend == 'cosmos'
var cosmosPrimaryLocation = [
  {
    locationName: location
    failoverPriority: 0
    isZoneRedundant: false
  }
]
var cosmosReplicas = [for (region, index) in cosmosReplicaLocations: {
  locationName: region
  failoverPriority: index + 1
  isZoneRedundant: false
}]
// The roles the managed identity holds, and nothing else: read and write the tables (on the
// Storage account, or Cosmos DB's own data-plane role), and publish telemetry.
// Built-in role "Storage Table Data Contributor".
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
// Cosmos DB's built-in data-plane role "Cosmos DB Built-in Data Contributor".
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'
// Built-in role "Monitoring Metrics Publisher" (Entra-authenticated ingestion into Application Insights).
var metricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'
var tableEndpoint = useCosmos ? 'https://${cosmosAccountName}.table.cosmos.azure.com:443/' : 'https://${storageAccountName}.table.${environment().suffixes.storage}/'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = if (!useCosmos) {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The server signs in with the managed identity; no account key works at all.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = if (!useCosmos) {
  parent: storage
  name: 'default'
}

resource recordsTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = if (!useCosmos) {
  parent: tableService
  name: '${tablePrefix}Records'
}

// The managed identity may read and write the tables: the server's only way in.
resource identityTableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!useCosmos) {
  scope: storage
  name: guid(storage.id, identity.id, tableDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Cosmos DB for Table: the scale-out path. The server creates its table on first start.
resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = if (useCosmos) {
  name: cosmosAccountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [
      { name: 'EnableTable' }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    enableAutomaticFailover: true
    minimalTlsVersion: 'Tls12'
    // Microsoft Entra ID only: the account keys do not work.
    disableLocalAuth: true
    locations: concat(cosmosPrimaryLocation, cosmosReplicas)
  }
}

resource cosmosTableAccess 'Microsoft.DocumentDB/databaseAccounts/tableRoleAssignments@2024-12-01-preview' = if (useCosmos) {
  parent: cosmos
  name: guid(cosmosAccountName, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/tableRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

// Telemetry: workspace-based Application Insights, ingestion only with Entra ID (the identity).
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource identityTelemetryAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, identity.id, metricsPublisherRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisherRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node bot/dist/main.js'
      alwaysOn: true
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'PUBLIC_URL', value: 'https://${webAppHost}' }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'STORAGE_TABLE_ENDPOINT', value: tableEndpoint }
        { name: 'STORAGE_MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
        { name: 'TABLE_PREFIX', value: tablePrefix }
        { name: 'SEED_DEMO_DATA', value: 'false' }
        { name: 'AUTH_MODE', value: 'entra' }
        { name: 'AUTH_AUDIENCE', value: '${aadAppClientId},api://${webAppHost}/${aadAppClientId}' }
        { name: 'AUTH_ALLOWED_TENANTS', value: allowedTenants }
        { name: 'AUTH_GROUP_ROLES', value: groupRoles }
        { name: 'MICROSOFT_APP_ID', value: identity.properties.clientId }
        { name: 'MICROSOFT_APP_TYPE', value: 'UserAssignedMSI' }
        { name: 'MICROSOFT_APP_TENANT_ID', value: identity.properties.tenantId }
        { name: 'GRAPH_CLIENT_ID', value: aadAppClientId }
        { name: 'GRAPH_TENANT_ID', value: aadAppTenantId }
        { name: 'GRAPH_MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD;ClientId=${identity.properties.clientId}' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
      ]
    }
  }
}

// The server's JSON logs (stdout) and App Service's request log, beside the traces in the workspace.
resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: webApp
  name: 'entrance-hall-logs'
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
    ]
  }
}

// The bot authenticates as the managed identity: no password exists, and it is single-tenant.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: webAppName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webAppHost}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written back to appPackage/env/.env.<environment> by the Toolkit (names kept upper case).
output BOT_ID string = identity.properties.clientId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output STORAGE_ACCOUNT_NAME string = useCosmos ? cosmosAccountName : storageAccountName
// The app registration trusts this identity as a federated credential (teamsapp.yml provision).
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
